package io.wavegrid.indicator.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for the reference vectors under {@code shared/data/indicators}. */
public final class ReferenceVectors {

    private static final Pattern JS_ARRAY = Pattern.compile("(\\w+)\\s*[:=]\\s*\\[([-0-9.,eE\\s]*)\\]");

    private ReferenceVectors() {
    }

    /**
     * Tulip's {@code atoz.txt}: a {@code name options} line, then {@code {…}} arrays, inputs first and expected
     * outputs last. Keyed by the name line, e.g. "bbands 5 2".
     */
    public static Map<String, List<double[]>> tulip(Path file) {
        Map<String, List<double[]>> cases = new LinkedHashMap<>();
        List<double[]> current = null;
        for (String line : lines(file)) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("{")) {
                if (current != null) {
                    current.add(numbers(t.substring(1, t.indexOf('}'))));
                }
            } else {
                current = new ArrayList<>();
                cases.put(t, current);
            }
        }
        return cases;
    }

    /** Every numeric array literal {@code name = [..]} or {@code name : [..]} of a JavaScript test file, by name. */
    public static Map<String, double[]> jsArrays(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        Matcher m = JS_ARRAY.matcher(text);
        while (m.find()) {
            arrays.putIfAbsent(m.group(1), numbers(m.group(2)));
        }
        return arrays;
    }

    /**
     * A ta4j golden spreadsheet export: parameter rows up to the {@code Date,…} header, then data rows
     * ({@code //} rows are comments). Returns the parameters and the numeric columns by header name.
     */
    public static Sheet ta4jSheet(Path file) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        String[] header = null;
        for (String line : lines(file)) {
            String[] cells = line.split(",", -1);
            if (header == null) {
                if (cells[0].equals("Date")) {
                    header = cells;
                    for (String name : header) {
                        columns.put(name, new ArrayList<>());
                    }
                } else if (cells.length > 1 && cells[1].matches("-?[0-9.]+")) {
                    parameters.put(cells[0], Double.parseDouble(cells[1]));
                }
            } else if (!cells[0].startsWith("//") && !cells[0].isBlank()) {
                for (int i = 1; i < header.length && i < cells.length; i++) {
                    columns.get(header[i]).add(cells[i].isBlank() ? Double.NaN : Double.parseDouble(cells[i]));
                }
            }
        }
        Map<String, double[]> arrays = new LinkedHashMap<>();
        columns.forEach((name, values) -> arrays.put(name, values.stream().mapToDouble(Double::doubleValue).toArray()));
        return new Sheet(parameters, arrays);
    }

    public record Sheet(Map<String, Double> parameters, Map<String, double[]> columns) {

        public int parameter(String name) {
            Double value = parameters.get(name);
            if (value == null) {
                throw new IllegalArgumentException("sheet has no parameter " + name + ": " + parameters.keySet());
            }
            return value.intValue();
        }

        public double[] column(String name) {
            double[] values = columns.get(name);
            if (values == null) {
                throw new IllegalArgumentException("sheet has no column " + name + ": " + columns.keySet());
            }
            return values;
        }
    }

    private static double[] numbers(String csv) {
        return java.util.Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

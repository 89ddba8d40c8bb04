import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** What the fake engine answers to `GET /api/plugins`: a status and body, or a dropped connection. */
export type PluginsAnswer = { readonly status: number; readonly body: string } | 'hang-up';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A loopback HTTP server standing in for Karaf: it serves the built page from `distDir` (with
 * `/` answered by index.html, as the bundle's welcome file does) and a plugin list the test changes.
 */
export class FakeEngine {
  private readonly server: Server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  private answer: PluginsAnswer = { status: 200, body: '[]' };

  private constructor(private readonly distDir: string) {}

  static async start(distDir: string): Promise<FakeEngine> {
    const engine = new FakeEngine(distDir);
    await new Promise<void>((resolve, reject) => {
      engine.server.once('error', reject);
      engine.server.listen(0, '127.0.0.1', () => resolve());
    });
    return engine;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  answerPlugins(answer: PluginsAnswer): void {
    this.answer = answer;
  }

  answerPluginList(plugins: readonly object[]): void {
    this.answer = { status: 200, body: JSON.stringify(plugins) };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/api/plugins') {
      if (this.answer === 'hang-up') {
        request.socket.destroy();
        return;
      }
      response.writeHead(this.answer.status, { 'Content-Type': 'application/json' });
      response.end(this.answer.body);
      return;
    }
    await this.serveFile(path === '/' ? '/index.html' : path, response);
  }

  private async serveFile(path: string, response: ServerResponse): Promise<void> {
    const file = normalize(join(this.distDir, decodeURIComponent(path)));
    if (!file.startsWith(this.distDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(content);
  }
}

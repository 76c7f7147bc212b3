// The Docker files, checked without Docker (the machines this project runs on have no engine):
// docker-compose.yml parses and wires its services together; the Dockerfile's stages copy files that
// exist; and the runtime stage's files serve the API when run as its CMD runs them, from packages
// listed as production dependencies only.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { SERVER_NODE_FLAGS, SERVING } from '../bench/servers.ts';
import { PROJECT_ROOT } from '../src/common/paths.ts';
import { neo4jSettingsFromEnv } from '../src/neo4j/config.ts';
import { deleteEntireGraph } from '../src/neo4j/writes/graph-batch.ts';
import { redisUrlFromEnv } from '../src/redis/config.ts';
import { connectTestGraph } from './support/graph.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile's stages and their instructions (continuation lines joined, comments left out). */
function dockerfileStages(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.replace(/\\\n\s*/g, '').split('\n');
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const [, keyword = '', args = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (keyword === 'FROM') stages.push({ name: /\bAS\s+(\S+)/i.exec(args)?.[1] ?? '', instructions: [] });
    stages.at(-1)?.instructions.push({ keyword, args });
  }
  return stages;
}

const argsOf = (stage: Stage, keyword: string) =>
  stage.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);

/** COPY's sources (the last word is the destination), and the stage it copies from, if any. */
function copies(stage: Stage): { from: string | null; sources: string[] }[] {
  return argsOf(stage, 'COPY').map((args) => {
    const words = args.split(/\s+/);
    const from = words[0]!.startsWith('--from=') ? words.shift()!.slice('--from='.length) : null;
    return { from, sources: words.slice(0, -1) };
  });
}

/** ENV's settings, in either form (KEY=value pairs, or KEY value). */
function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const args of argsOf(stage, 'ENV')) {
    if (args.includes('=')) {
      for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) env[key!] = value!;
    } else {
      const [key, ...value] = args.split(/\s+/);
      env[key!] = value.join(' ');
    }
  }
  return env;
}

/** Compose's interpolation of ${VAR}, ${VAR:-default} and ${VAR:?error} from `vars`. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest = '') => {
    const set = vars[name];
    if (set) return set;
    if (kind === '?') throw new Error(`${name}: ${rest}`);
    return kind === '-' ? rest : '';
  });
}

/** The packages that the modules reachable from `entry` import, following relative imports. */
function importedPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [
      ...source.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"\n]+)['"]/gm),
      ...source.matchAll(/^\s*import\s*['"]([^'"\n]+)['"]/gm),
      ...source.matchAll(/\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g),
    ].map((match) => match[1]!);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) {
        const parts = specifier.split('/');
        packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
      }
    }
  };
  visit(entry);
  return packages;
}

const stages = dockerfileStages(read('Dockerfile'));
const [build, runtime] = stages as [Stage, Stage];
const compose = parse(read('docker-compose.yml')) as { services: Record<string, any> };
const { neo4j, redis, api, proxy } = compose.services;

describe('the Dockerfile', () => {
  it('builds in one stage with the dev dependencies, and runs from another with production ones only', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    expect(argsOf(build, 'RUN')).toEqual(['npm ci', 'npm run build']);
    expect(argsOf(runtime, 'RUN')).toEqual(['npm ci --omit=dev && npm cache clean --force']);
    expect(envOf(runtime).NODE_ENV).toBe('production');
    expect(argsOf(runtime, 'USER')).toEqual(['node']);
  });

  it('copies files that exist and that .dockerignore lets in, and everything the build reads', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const fromContext = stages.flatMap((stage) => copies(stage).filter((copy) => copy.from === null));
    for (const source of fromContext.flatMap((copy) => copy.sources)) {
      expect(existsSync(join(PROJECT_ROOT, source)), source).toBe(true);
      expect(
        ignored.filter((pattern) => source === pattern || source.startsWith(`${pattern}/`)),
        source,
      ).toEqual([]);
    }
    const built = copies(build).flatMap((copy) => copy.sources);
    const { include } = JSON.parse(read('tsconfig.build.json')) as { include: string[] };
    expect(built).toEqual(
      expect.arrayContaining([...include, 'web', 'package.json', 'package-lock.json', 'tsconfig.json']),
    );

    // What the runtime stage takes from the build stage, npm run build made (npm test builds first).
    const fromBuild = copies(runtime).filter((copy) => copy.from !== null);
    expect(fromBuild.map((copy) => copy.from)).toEqual(['build', 'build']);
    for (const source of fromBuild.flatMap((copy) => copy.sources)) {
      expect(source.startsWith('/app/'), source).toBe(true);
      expect(existsSync(join(PROJECT_ROOT, source.slice('/app/'.length))), source).toBe(true);
    }
  });

  it('runs node as `npm start` does (its flags), never npm, whose prestart would rebuild', () => {
    expect(JSON.parse(argsOf(runtime, 'CMD')[0]!)).toEqual(['node', ...SERVER_NODE_FLAGS, 'dist/src/main.js']);
    const [healthcheck] = argsOf(runtime, 'HEALTHCHECK');
    expect(healthcheck).toContain(`http://127.0.0.1:${envOf(runtime).PORT}/ready`);
    expect(envOf(runtime).HOST).toBe('0.0.0.0');
  });

  it("needs no package beyond package.json's dependencies", () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const imported = [...importedPackages(join(PROJECT_ROOT, 'dist/src/main.js'))];
    expect(imported.length).toBeGreaterThan(5);
    expect(imported.filter((name) => !(name in dependencies))).toEqual([]);
  });

  it("serves the API and the explorer from the runtime stage's files alone", async () => {
    const image = mkdtempSync(join(tmpdir(), 'claimgraph-image-'));
    for (const copy of copies(runtime)) {
      for (const source of copy.sources) {
        const path = copy.from ? source.slice('/app/'.length) : source;
        cpSync(join(PROJECT_ROOT, path), join(image, path), { recursive: true });
      }
    }
    // The installed packages stand in for `npm ci --omit=dev` (the test above checks the imports).
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(image, 'node_modules'));
    // An empty graph, as on a new volume: the process seeds it from the image's seed/.
    const db = connectTestGraph();
    await deleteEntireGraph(db);
    await db.close();
    const { uri, username, password } = inject('neo4j');
    const [program, ...args] = JSON.parse(argsOf(runtime, 'CMD')[0]!) as string[];
    const child = spawn(program === 'node' ? process.execPath : program!, args, {
      cwd: image,
      env: {
        PATH: process.env.PATH,
        ...envOf(runtime),
        HOST: '127.0.0.1',
        PORT: '0',
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        // The seed is one transaction; on a busy test machine it may take longer than the default 10 s.
        CLAIMGRAPH_TRANSACTION_TIMEOUT_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const deadline = Date.now() + 60_000;
      while (!SERVING.test(output) && child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const url = SERVING.exec(output)?.[1];
      expect(url, output).toBeDefined();
      expect(output).toContain('The graph was empty: seeded 25 claims');
      expect((await fetch(url!.replace(/graphql$/, 'ready'))).status).toBe(200);
      const explorer = await fetch(url!.replace(/graphql$/, ''), { headers: { accept: 'text/html' } });
      expect(await explorer.text()).toMatch(/<script type="module"[^>]* src="\/assets\//);
      const answer = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actor(key: "sergey-lavrov") { name } }' }),
      });
      expect(await answer.json()).toEqual({ data: { actor: { name: 'Sergey Lavrov' } } });
    } finally {
      child.kill('SIGTERM');
      rmSync(image, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('docker-compose.yml', () => {
  const vars = { NEO4J_PASSWORD: 'change-me', CLAIMGRAPH_API_KEYS: 'newsroom:0123456789abcdef0123' };
  const apiEnv = Object.fromEntries(
    Object.entries(api.environment as Record<string, string>).map(([key, value]) => [key, interpolate(value, vars)]),
  );

  it('brings up Neo4j, Redis, the API and a proxy in front', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'neo4j', 'proxy', 'redis']);
    expect(api.build).toBe('.');
    expect(neo4j.healthcheck).toBeDefined();
    expect(redis.healthcheck).toBeDefined();
    expect(api.depends_on).toEqual({
      neo4j: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(proxy.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    // Replicas of the API publish no port of their own (they could not share it): the proxy does.
    expect(api.ports).toBeUndefined();
    expect(redis.ports).toBeUndefined();
    expect((proxy.ports as string[]).map((port) => interpolate(port, {}))).toEqual(['127.0.0.1:4000:80']);
  });

  it('points the API at the Neo4j and the Redis beside it, so it starts no Neo4j of its own', () => {
    const settings = neo4jSettingsFromEnv(apiEnv);
    expect(settings).toMatchObject({ mode: 'external', password: 'change-me' });
    const bolt = new URL(settings.mode === 'external' ? settings.uri : '');
    expect(bolt.hostname).toBe('neo4j');
    expect(neo4j.ports).toContain(`127.0.0.1:${bolt.port}:${bolt.port}`);

    const redisUrl = new URL(redisUrlFromEnv(apiEnv)!);
    expect(redisUrl.hostname).toBe('redis');
    // redis-server's own port: its command sets none.
    expect(redisUrl.port).toBe('6379');
    expect(redis.command).not.toContain('--port');

    expect(apiEnv.CLAIMGRAPH_API_KEYS).toBe(vars.CLAIMGRAPH_API_KEYS);
    expect(() => interpolate(api.environment.NEO4J_PASSWORD, {})).toThrow('set NEO4J_PASSWORD');
    // The neo4j image would take NEO4J_PASSWORD for a setting and refuse to start.
    expect(Object.keys(neo4j.environment)).not.toContain('NEO4J_PASSWORD');
  });

  it('proxies to every replica of the API on the port the image listens on, on kept connections, passing event streams on', () => {
    const [mount] = proxy.volumes as string[];
    const [hostPath, containerPath] = mount!.split(':');
    expect(containerPath).toBe('/etc/nginx/conf.d/default.conf');
    const conf = read(hostPath!);
    expect(conf).toMatch(/listen 80;/);
    const upstream = /upstream api \{([^}]*)\}/.exec(conf)?.[1] ?? '';
    // Every replica's address, asked of Docker's DNS again and again (which needs a shared zone).
    expect(upstream).toContain(`server api:${envOf(runtime).PORT} resolve;`);
    expect(upstream).toMatch(/zone api \d+k;/);
    expect(conf).toMatch(/resolver 127\.0\.0\.11 valid=\d+s/);
    // Connections to the replicas kept open for the next requests, over HTTP/1.1.
    expect(upstream).toMatch(/keepalive \d+;/);
    expect(conf).toMatch(/proxy_pass http:\/\/api;/);
    expect(conf).toMatch(/proxy_http_version 1\.1;/);
    expect(conf).toMatch(/proxy_set_header Connection "";/);
    expect(conf).toMatch(/proxy_buffering off;/);
  });
});

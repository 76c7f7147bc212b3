// The local JVM services (Neo4j, CoreNLP) run on jars from Maven Central rather than an installer:
// the machine's Maven resolves a pom's dependencies into ~/.m2 and prints the classpath, and the
// machine's JDK runs them.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ServiceErrorClass } from './server-process.ts';

const run = promisify(execFile);

/** A program of a JDK: java, or a tool such as javac, jcmd or jfr; from `javaHome`, else on PATH. */
export function jdkProgram(name: string, javaHome = process.env.JAVA_HOME): string {
  return javaHome ? join(javaHome, 'bin', name) : name;
}

export interface JarResolution {
  pom: string;
  /** The service's state folder; the resolved classpath is kept there, one file per pom version. */
  stateRoot: string;
  /** Name of the cached classpath file, before the pom's hash. */
  cachePrefix: string;
  /** What the jars are, for the error message: "the Neo4j jars". */
  what: string;
  /** Called only when Maven runs, which may download for minutes. */
  announce: () => void;
  /** The service's own error class, so callers catch one type whatever failed. */
  error: ServiceErrorClass;
}

/** Resolves a pom's jars with Maven once per pom version (cached in `stateRoot`); jars stay in ~/.m2. */
export async function resolveJars(resolution: JarResolution): Promise<string> {
  const { pom, stateRoot, cachePrefix, what, announce, error: ServiceError } = resolution;
  const pomHash = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 12);
  const cached = join(stateRoot, `${cachePrefix}-${pomHash}.txt`);
  if (existsSync(cached)) {
    const classpath = readFileSync(cached, 'utf8').trim();
    if (classpath.split(':').every((jar) => existsSync(jar))) return classpath;
  }
  mkdirSync(stateRoot, { recursive: true });
  announce();
  const output = `${cached}.${process.pid}.tmp`;
  try {
    await run(
      'mvn',
      ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${output}`, '-Dmdep.pathSeparator=:'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new ServiceError(`Maven could not resolve ${what} from ${pom}:\n${(stdout + stderr).trim().slice(-4000)}`);
  }
  const classpath = readFileSync(output, 'utf8').trim();
  writeFileSync(cached, classpath);
  rmSync(output, { force: true });
  return classpath;
}

// Real components for browser tests, each on a free 127.0.0.1 port and killed on teardown:
// Azurite Table storage (in memory), the built bot host (WorkshopBot.Web.dll) and the Microsoft 365
// Agents Playground. Every start waits until the component answers and fails loudly when it cannot.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './browser.mjs';

export { repoRoot };

// The well-known Azurite development account (public, documented by Microsoft).
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const running = new Set();
// A crashed or interrupted test run must not leave servers behind.
process.on('exit', () => {
    for (const child of running) {
        killGroup(child, 'SIGKILL');
    }
});

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

export function nodeBin(name) {
    const file = path.join(repoRoot, 'node_modules', '.bin', name);
    if (!fs.existsSync(file)) {
        throw new Error(`${file} is missing. Run 'npm ci' in ${repoRoot}.`);
    }
    return file;
}

export function tablesConnectionString(port) {
    return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};`
        + `TableEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
}

// Azurite Table service with in-memory persistence (nothing on disk).
export async function startAzurite({ timeoutMs = 30000 } = {}) {
    const port = await freePort();
    const child = startProcess('azurite', nodeBin('azurite-table'), [
        '--tableHost', '127.0.0.1', '--tablePort', String(port),
        '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry',
    ]);
    const endpoint = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
    await waitForHttp(child, `${endpoint}/Tables`, timeoutMs);
    return {
        port,
        endpoint,
        connectionString: tablesConnectionString(port),
        output: () => child.output,
        stop: () => stopProcess(child),
    };
}

export function botHostDll() {
    if (process.env.WORKSHOPBOT_WEB_DLL) {
        return path.resolve(process.env.WORKSHOPBOT_WEB_DLL);
    }
    const configuration = process.env.CONFIGURATION || 'Debug';
    return path.join(repoRoot, 'src', 'WorkshopBot.Web', 'bin', configuration, 'net10.0', 'WorkshopBot.Web.dll');
}

// The built bot host: `dotnet WorkshopBot.Web.dll --urls http://127.0.0.1:<free>`, with the project
// folder as content root (so wwwroot and appsettings are found as with `dotnet run`), no app id
// (anonymous local development) and the given Table storage.
export async function startBotHost({
    tablesConnectionString: tables,
    environment = 'Development',
    env = {},
    timeoutMs = 60000,
} = {}) {
    if (!tables) {
        throw new Error('startBotHost needs tablesConnectionString (e.g. from startAzurite()).');
    }
    const dll = botHostDll();
    if (!fs.existsSync(dll)) {
        throw new Error(`${dll} does not exist. Build first: dotnet build src/WorkshopBot.Web (or set WORKSHOPBOT_WEB_DLL).`);
    }
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = startProcess('bot host', 'dotnet', [dll, '--urls', baseUrl], {
        cwd: path.join(repoRoot, 'src', 'WorkshopBot.Web'),
        env: {
            ASPNETCORE_ENVIRONMENT: environment,
            ConnectionStrings__Tables: tables,
            MicrosoftAppId: '',
            DOTNET_NOLOGO: '1',
            ...env,
        },
    });
    await waitForHttp(child, `${baseUrl}/api/messages`, timeoutMs);
    return {
        port,
        baseUrl,
        messagesUrl: `${baseUrl}/api/messages`,
        output: () => child.output,
        stop: () => stopProcess(child),
    };
}

// The Agents Playground with the flags from PROTOCOL.md §5 and the repository's mock tenant.
export async function startPlayground({
    botEndpoint,
    configPath = path.join(repoRoot, '.m365agentsplayground.yml'),
    timeoutMs = 30000,
} = {}) {
    if (!botEndpoint) {
        throw new Error('startPlayground needs botEndpoint, e.g. http://127.0.0.1:<port>/api/messages.');
    }
    if (!fs.existsSync(configPath)) {
        // Without it the Playground silently uses a built-in tenant.
        throw new Error(`Playground config ${configPath} does not exist.`);
    }
    const port = await freePort();
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
    const child = startProcess('Agents Playground', process.execPath, [
        // By itself it listens on every interface; this preload pins it to 127.0.0.1.
        '--require', path.join(repoRoot, 'scripts', 'lib', 'loopback-only.cjs'),
        nodeBin('agentsplayground'),
        '-e', botEndpoint, '-c', 'msteams', '--disable-telemetry',
        '-p', String(port), '--service-url', `http://127.0.0.1:${port}/_connector`,
    ], {
        cwd: workDir,
        env: {
            TEAMSAPPTESTER_BROWSER: 'none',
            APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
            M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
            M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
            TEAMSAPPTESTER_PORT: undefined,
            M365_AGENTS_PLAYGROUND_SERVICE_URL: undefined,
        },
    });
    // A taken port makes it listen elsewhere silently; its first stdout line says where.
    const actual = await waitForOutput(child, /Listening on (\d+)/, timeoutMs);
    if (Number(actual[1]) !== port) {
        await stopProcess(child);
        throw new Error(`The Playground was asked for port ${port} but listens on ${actual[1]}.`);
    }
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(child, `${baseUrl}/_debug/ping`, timeoutMs);
    return {
        port,
        baseUrl,
        serviceUrl: `${baseUrl}/_connector`,
        output: () => child.output,
        stop: async () => {
            await stopProcess(child);
            fs.rmSync(workDir, { recursive: true, force: true });
        },
    };
}

// Azurite + the bot host (+ the Playground when playground is true). stop() stops all, in reverse.
export async function startStack({ playground = false, botEnv = {}, environment = 'Development' } = {}) {
    const started = [];
    try {
        const azurite = await startAzurite();
        started.push(azurite);
        const bot = await startBotHost({ tablesConnectionString: azurite.connectionString, env: botEnv, environment });
        started.push(bot);
        let pg;
        if (playground) {
            pg = await startPlayground({ botEndpoint: bot.messagesUrl });
            started.push(pg);
        }
        return { azurite, bot, playground: pg, stop: () => stopAll(started) };
    } catch (error) {
        await stopAll(started);
        throw error;
    }
}

// Accepts whatever the bot sends to the channel (replies, card updates) and answers like the Bot Connector.
export function startStubConnector() {
    const server = http.createServer((req, res) => {
        req.resume();
        req.on('end', () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: `stub-${crypto.randomUUID()}` }));
        });
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        stop: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
    })));
}

// What the board and meeting-page tests run against: a stub connector for the bot's outgoing calls, Azurite
// and the bot host with the board's development identity (?dev-user=). stop() stops all, in reverse.
export async function startBoardStack() {
    const connector = await startStubConnector();
    try {
        const { azurite, bot, stop } = await startStack({ botEnv: { Board__DevelopmentIdentity: 'true', Board__PublicBaseUrl: undefined } });
        return { connector, azurite, bot, stop: () => stopAll([connector, { stop }]) };
    } catch (error) {
        await connector.stop();
        throw error;
    }
}

async function stopAll(components) {
    for (const component of [...components].reverse()) {
        await component.stop();
    }
}

function startProcess(name, command, args, { cwd = repoRoot, env = {} } = {}) {
    const mergedEnv = { ...process.env };
    for (const [key, value] of Object.entries(env)) {
        if (value === undefined) {
            delete mergedEnv[key];
        } else {
            mergedEnv[key] = value;
        }
    }
    // detached: its own process group, so teardown reaches any children too.
    const child = spawn(command, args, { cwd, env: mergedEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.displayName = name;
    child.output = '';
    const append = (chunk) => {
        child.output += chunk.toString();
        if (child.output.length > 200000) {
            child.output = child.output.slice(-100000);
        }
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
        running.delete(child);
        resolve({ code, signal });
    }));
    child.once('error', (error) => {
        child.output += `\n${error.message}`;
    });
    running.add(child);
    return child;
}

function killGroup(child, signal) {
    try {
        process.kill(-child.pid, signal);
    } catch {
        // Already gone.
    }
}

async function stopProcess(child, timeoutMs = 10000) {
    if (child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    await child.exited;
    clearTimeout(timer);
}

function describe(child) {
    return `${child.displayName} output:\n${child.output.slice(-4000)}`;
}

async function waitForHttp(child, url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`${child.displayName} exited during startup (${child.exitCode ?? child.signalCode}). ${describe(child)}`);
        }
        try {
            // Any HTTP answer means the server is up.
            await fetch(url, { signal: AbortSignal.timeout(2000) });
            return;
        } catch {
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    }
    await stopProcess(child);
    throw new Error(`${child.displayName} did not answer on ${url} within ${timeoutMs} ms. ${describe(child)}`);
}

async function waitForOutput(child, pattern, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const match = pattern.exec(child.output);
        if (match) {
            return match;
        }
        if (child.exitCode !== null || child.signalCode !== null) {
            throw new Error(`${child.displayName} exited during startup. ${describe(child)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await stopProcess(child);
    throw new Error(`${child.displayName} did not print ${pattern} within ${timeoutMs} ms. ${describe(child)}`);
}

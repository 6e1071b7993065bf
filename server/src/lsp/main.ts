// Entry point of server/out/server.js: `node server/out/server.js --stdio` (or --node-ipc, --socket=N).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];

if (!process.argv.some((argument) => TRANSPORTS.some((transport) => argument.startsWith(transport)))) {
  process.stderr.write('Synoptic language server.\nUsage: node server/out/server.js --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all));

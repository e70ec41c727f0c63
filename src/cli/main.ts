import { commands } from './commands';

/**
 * ./bin/opc-hub — the operator's command line. `./bin/opc-hub --help` lists the commands;
 * `./bin/opc-hub <command> --help` explains one.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return name ? 0 : 1;
  }
  // Two-word commands ("audit verify", "hetao lookup") are keyed with a space.
  const twoWord = rest[0] && !rest[0].startsWith('-') ? `${name} ${rest[0]}` : undefined;
  const command = (twoWord && commands[twoWord]) || commands[name];
  const args = twoWord && commands[twoWord] ? rest.slice(1) : rest;
  if (!command) {
    console.error(`Unknown command: ${name}\n`);
    printHelp();
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: ./bin/opc-hub ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  return command.run(args);
}

function printHelp() {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  console.log('OPC Hub command line\n\nUsage: ./bin/opc-hub <command> [options]\n\nCommands:');
  for (const [name, command] of Object.entries(commands))
    console.log(`  ${name.padEnd(width)}  ${command.summary}`);
  console.log("\nRun ./bin/opc-hub <command> --help for a command's options.");
  console.log('Configuration comes from the environment (DATABASE_URL, PORT, …): see README.md.');
}

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  },
);

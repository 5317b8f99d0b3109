import { Command } from "commander";
import { assessCommand } from "./commands/assess";
import { calibrateCommand } from "./commands/calibrate";
import { demoCommand } from "./commands/demo";
import { itemsCommand } from "./commands/items";
import { safetyCommand } from "./commands/safety";
import { serveCommand } from "./commands/serve";
import { simulateCommand } from "./commands/simulate";

// One top-level catch: every command failure prints "Error: …" and sets a non-zero exit code.
const program = new Command()
  .name("poise")
  .description("Poise: see where you stand between leaning on others and going it alone.")
  .showHelpAfterError();
program.addCommand(itemsCommand());
program.addCommand(assessCommand());
program.addCommand(serveCommand());
program.addCommand(simulateCommand());
program.addCommand(calibrateCommand());
program.addCommand(demoCommand());
program.addCommand(safetyCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

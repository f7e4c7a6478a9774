// The entry point of the binary: run the program (main.ts) and hand its exit code to Node.
import { main } from './main.js';

void main(process.argv).then((code) => {
  process.exitCode = code;
});

// `npm start`: build the library, then serve examples/ and dist/ on loopback
// and print the URL of the examples gallery.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { serve } from "./static-server.mjs";

const root = resolve(import.meta.dirname, "..");
const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit", cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await serve(root, { port });
} catch (error) {
  if (error.code !== "EADDRINUSE") throw error;
  server = await serve(root, { port: 0 }); // the usual port is taken: any free one
}
console.log(`\nciteline examples: ${server.url}examples/\n(Ctrl-C to stop)`);

// Builds the web face into the Python package (schema/static): the app's own pages from
// src/ and the libraries they use from node_modules (installed by `npm ci` from the
// lockfile). The output is committed, so running stratgraph never needs Node.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "schema", "static");
const vendor = join(out, "vendor");

// [package, file in the package, name in schema/static/vendor]
const libraries = [
  ["react", "umd/react.production.min.js", "react.production.min.js"],
  ["react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js"],
  ["graphiql", "graphiql.min.js", "graphiql.min.js"],
  ["graphiql", "graphiql.min.css", "graphiql.min.css"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
];

rmSync(out, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
const versions = {};
for (const [name, file, target] of libraries) {
  const root = join(here, "node_modules", name);
  copyFileSync(join(root, file), join(vendor, target));
  versions[name] = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
}
for (const file of readdirSync(join(here, "src"))) {
  copyFileSync(join(here, "src", file), join(out, file));
}
writeFileSync(join(vendor, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
// axe-core runs only in the browser tests, so it goes beside them, not into the package.
copyFileSync(
  join(here, "node_modules", "axe-core", "axe.min.js"),
  join(here, "..", "tests", "web", "axe.min.js"),
);
console.log(`built ${out}:`, versions);

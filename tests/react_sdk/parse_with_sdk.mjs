// Parses C1 answers with the React SDK's own parser, for comparison with
// thesys_c1.content. Usage: node parse_with_sdk.mjs <node_modules dir>
// with a JSON list of answer texts on stdin; prints a JSON list of results.
import { register } from "node:module";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// The SDK's dist imports "lodash/escape" without an extension, which only a
// bundler resolves; this hook retries such imports with ".js".
const hook = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error.code === "ERR_MODULE_NOT_FOUND" && !specifier.endsWith(".js")) {
      return next(specifier + ".js", context);
    }
    throw error;
  }
}`;
register("data:text/javascript," + encodeURIComponent(hook));

const dist = join(process.argv[2], "@thesysai", "genui-sdk", "dist");
const parserFile = readdirSync(dist).find((name) => name.startsWith("xmlParser-") && name.endsWith(".js"));
const sdk = await import(pathToFileURL(join(dist, parserFile)).href);

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = JSON.parse(input).map((text) => {
  const parsed = sdk.p(text);
  return {
    messageParts: parsed.messageParts,
    think: parsed.think,
    context: parsed.context,
    isContentTagClosed: parsed.isContentTagClosed,
  };
});
process.stdout.write(JSON.stringify(results));

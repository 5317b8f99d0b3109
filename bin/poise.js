#!/usr/bin/env node
// Entry point of the `poise` command. The sources are TypeScript, run through tsx's loader so that a
// fresh clone works right after `npm install`, with no separate compile step.
import { register } from "tsx/esm/api";

register();
await import(new URL("../src/cli/main.ts", import.meta.url).href);

/** The reference page's stylesheet, served from the same origin (the CSP allows no inline styles). */
export const referenceStylesheet = `
:root { color-scheme: light dark; --fg: #1d232a; --bg: #fbfaf7; --muted: #5b6570; --line: #d9d6cf; --accent: #2f6f62; --code: #f0eee8; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e6e1; --bg: #15191d; --muted: #a3acb5; --line: #343b42; --accent: #7cc5b3; --code: #20262c; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg);
  display: grid; grid-template-columns: minmax(14rem, 20rem) 1fr; grid-template-areas: "header header" "nav main"; }
header { grid-area: header; padding: 1.5rem 2rem; border-bottom: 1px solid var(--line); }
nav { grid-area: nav; padding: 1rem; border-right: 1px solid var(--line); font-size: 0.9rem; position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
nav ul { list-style: none; padding-left: 0.75rem; margin: 0.25rem 0; }
main { grid-area: main; padding: 1rem 2rem 4rem; min-width: 0; }
h1 { margin: 0; font-size: 1.6rem; } .version { color: var(--muted); font-size: 1rem; font-weight: normal; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin-bottom: 0.25rem; } h4 { margin: 1rem 0 0.25rem; font-size: 0.95rem; }
a { color: var(--accent); } a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code { background: var(--code); padding: 0.05rem 0.3rem; border-radius: 4px; font-size: 0.9em; overflow-wrap: anywhere; }
.operation, .schema { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }
.method { display: inline-block; min-width: 4.2rem; text-align: center; font-size: 0.8rem; font-weight: 700; border-radius: 4px; padding: 0.1rem 0.3rem; color: #fff; background: #4a5560; }
.method-get { background: #2c6e9b; } .method-post { background: #2f7a4f; } .method-put { background: #8a5a12; } .method-patch { background: #6b4f9c; } .method-delete { background: #a23b3b; }
.status { font-weight: 700; } .status-4, .status-5 { color: #b44; } .status-2 { color: #2f7a4f; }
table { border-collapse: collapse; width: 100%; margin: 0.25rem 0; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; border-top: 1px solid var(--line); padding: 0.35rem 0.5rem; }
thead th { border-top: none; color: var(--muted); font-weight: 600; }
td table { margin-top: 0.5rem; }
.required { color: #b44; font-size: 0.75rem; font-weight: 600; }
.constraints, .media, .example { color: var(--muted); font-size: 0.85rem; }
td p { margin: 0.2rem 0; }
dl.responses dt { margin-top: 0.4rem; } dl.responses dd { margin-left: 1.5rem; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; }
@media (max-width: 48rem) { body { grid-template-columns: 1fr; grid-template-areas: "header" "main"; } nav { display: none; } main { padding: 1rem; } }
`;

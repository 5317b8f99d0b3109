/** What the server shows when the web app has not been built yet (English and French, no styles). */
export const notBuiltPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Poise</title></head>
<body>
<main>
<h1>Poise is running</h1>
<p>The web app has not been built yet, so there is nothing to show here for now. Run <code>npm run build</code>, or start Poise with <code>npm start</code>, which builds it for you. The API is already answering: see <a href="/api/docs">the API reference</a>.</p>
<h2 lang="fr">Poise fonctionne</h2>
<p lang="fr">L’application web n’est pas encore construite : il n’y a donc rien à afficher ici pour l’instant. Lancez <code>npm run build</code>, ou démarrez Poise avec <code>npm start</code>, qui s’en charge. L’API répond déjà : voir <a href="/api/docs">la référence de l’API</a>.</p>
</main>
</body>
</html>
`;

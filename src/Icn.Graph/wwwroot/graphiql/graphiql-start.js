// Mounts GraphiQL against this server's /graphql endpoint. Kept out of the page so a strict
// Content-Security-Policy (no inline script) can be applied to it.
(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
  var example = [
    '# The ICN Network API. Try:',
    '{',
    '  regions { name slug }',
    '  cluster(slug: "copenhagen-climate-innovation-cluster") { name countryCode region { name } sectors { name } }',
    '}',
    ''
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
})();

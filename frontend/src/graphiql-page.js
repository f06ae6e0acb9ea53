// GraphiQL on this app's own /graphql, from files the app serves: no network needed.
(function () {
  "use strict";
  const README_QUERY = [
    "# The README's lineage query. Run it with Ctrl-Enter or the play button.",
    "query {",
    '  lineage(id: "Document:regional:strategy:lan:22:2018-2021", maxDepth: 2) {',
    "    nodes { id __typename ... on Document { title } ... on Organization { name code } }",
    "    links { type date from { id } to { id } evidence { quote source { uri publishedOn } } }",
    "  }",
    "}",
    "",
  ].join("\n");
  const params = new URLSearchParams(window.location.search);
  const url = window.location.origin + window.location.pathname;
  const fetcher = GraphiQL.createFetcher({ url: url });
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: README_QUERY,
      query: params.get("query") || undefined,
      variables: params.get("variables") || undefined,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: true,
    }),
  );
})();

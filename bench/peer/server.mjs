// The peer of bench/national.py: @neo4j/graphql 7 on stratgraph's Neo4j graph, served
// by Apollo Server on 127.0.0.1:$PORT/graphql. Connection from NEO4J_URI,
// NEO4J_USERNAME, NEO4J_PASSWORD (and NEO4J_DATABASE).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

// graph/edges.py LinkType: the relationship types a lineage walks.
const LINK_TYPES = [
  "REVISES", "IMPLEMENTS", "COMPLEMENTS", "SIGNED", "ADOPTED", "DECIDED", "CONCERNS",
  "ISSUED", "HAS_GOAL", "HAS_ACTIVITY", "RESPONSIBLE_FOR", "PARTICIPATES_IN",
  "COORDINATES", "FOLLOWS_UP", "FUNDS", "PART_OF", "HOLDS_ROLE",
];
const MAX_DEPTH = 10;

const read = (name) => readFileSync(new URL(name, import.meta.url), "utf8");

function lineageStatement() {
  const types = LINK_TYPES.join("|");
  const walks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth += 1) {
    walks.push(
      `  WITH root WHERE $maxDepth = ${depth}\n` +
        `  OPTIONAL MATCH p = (root)-[:${types}*1..${depth}]-(m:Entity)\n` +
        `  WHERE m <> root\n` +
        `  RETURN m, min(length(p)) AS depth`,
    );
  }
  return read("./cypher/lineage.cypher")
    .replace("{WALKS}", () => walks.join("\n  UNION ALL\n"))
    .replaceAll("{TYPES}", types);
}

const typeDefs = read("./schema.graphql")
  .replace("__LINEAGE__", () => lineageStatement())
  .replace("__SEARCH__", () => read("./cypher/search.cypher"));

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  { disableLosslessIntegers: true },
);
const database = process.env.NEO4J_DATABASE ?? "neo4j";
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const port = Number(process.env.PORT ?? 4000);
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port },
  context: async () => ({ sessionConfig: { database } }),
});
console.log(`@neo4j/graphql peer at ${url}`);

// Starts Neo4j Community (embedded kernel) with a Bolt connector on loopback and
// authentication on, so a local Neo4j runs without Docker or a server tarball.
// Usage: java -cp <classes:neo4j jars> StratgraphNeo4j HOME PORT PAGECACHE_MIB
// (password in NEO4J_PASSWORD; the heap is the JVM's -Xmx)
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public final class StratgraphNeo4j {
    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception e) {
            // Exit, or the kernel's threads would keep a half-started server alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: StratgraphNeo4j HOME PORT PAGECACHE_MIB");
            System.exit(2);
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long pageCacheMib = Long.parseLong(args[2]);
        // Advertised as well as listened on, so that neo4j:// routing tables name this port.
        SocketAddress bolt = new SocketAddress("127.0.0.1", port);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, bolt)
            .setConfig(BoltConnector.advertised_address, bolt)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMib))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        // Embedded access bypasses auth, so the launcher can set the password Bolt clients use.
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (QueryExecutionException e) {
            // A restart with the same password: Neo4j refuses to "change" it to itself.
            if (!e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }
        System.out.println("stratgraph-neo4j ready on 127.0.0.1:" + port
            + " (page cache " + pageCacheMib + " MiB, heap "
            + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
        System.out.flush();
        Thread.currentThread().join();
    }
}

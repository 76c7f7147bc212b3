// StanfordCoreNLPServer binds its HTTP servers to every interface and has no option to choose one.
// Named by -Dcom.sun.net.httpserver.HttpServerProvider, this provider makes every JDK HTTP server of
// the JVM that asks for the wildcard address listen on 127.0.0.1 instead. Compiled and put on the
// classpath by src/extract/corenlp/server.ts.
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.io.IOException;
import java.net.InetSocketAddress;

public final class LoopbackHttpServerProvider extends HttpServerProvider {
  // The JDK's own provider; its package is not exported, hence --add-exports when compiling and running.
  private final HttpServerProvider jdk = new sun.net.httpserver.DefaultHttpServerProvider();

  private static InetSocketAddress loopback(InetSocketAddress address) {
    if (address == null || !address.getAddress().isAnyLocalAddress()) return address;
    return new InetSocketAddress("127.0.0.1", address.getPort());
  }

  @Override
  public HttpServer createHttpServer(InetSocketAddress address, int backlog) throws IOException {
    return jdk.createHttpServer(loopback(address), backlog);
  }

  @Override
  public HttpsServer createHttpsServer(InetSocketAddress address, int backlog) throws IOException {
    return jdk.createHttpsServer(loopback(address), backlog);
  }
}

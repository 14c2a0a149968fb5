import { createServer, connect, type Server, type Socket } from "node:net";

// A loopback TCP proxy a test controls, standing between the app and a database:
//   const proxy = await startTcpProxy(targetPort);  // forwards 127.0.0.1:proxy.port → 127.0.0.1:targetPort
//   proxy.stall();    // the database "stops answering": connections stay open, nothing is passed on either way
//   proxy.resume();   // everything held back flows again, new connections are forwarded
//   await proxy.close();

export type TcpProxy = { port: number; stall(): void; resume(): void; close(): Promise<void> };

export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let stalled = false;
  const pairs = new Set<[Socket, Socket]>();
  // While stalled, bytes are held here (in order, per direction) and written out on resume.
  const held: Array<{ to: Socket; data: Buffer }> = [];

  const forward = (to: Socket) => (data: Buffer) => {
    if (stalled) held.push({ to, data });
    else if (!to.destroyed) to.write(data);
  };

  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on("data", forward(upstream));
    upstream.on("data", forward(client));
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };

  return {
    port,
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      for (const { to, data } of held.splice(0)) if (!to.destroyed) to.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const [a, b] of pairs) {
          a.destroy();
          b.destroy();
        }
        server.close(() => resolve());
      }),
  };
}

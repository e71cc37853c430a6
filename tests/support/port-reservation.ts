import net from 'node:net';

export interface PortReservation {
  port: number;
  /** Frees the port for the server that is about to listen on it. */
  release(): Promise<void>;
}

/**
 * Holds a free port until `release()`. A port that is only looked up and left free can be taken in the
 * meantime (by a listener on port 0 or as the local end of an outgoing connection: both draw from the same
 * ephemeral range), so a boot that starts many services before the one that needs the port keeps it held and
 * releases it just before that server listens.
 */
export function reservePort(): Promise<PortReservation> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        port,
        release: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

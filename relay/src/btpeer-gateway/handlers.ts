/**
 * The btpeer request types the gateway serves (PROTOCOLS.md §3), in the seed's words where it had
 * them: NAME answers the relay's peer id; LIST the count then one `<id> <host> <port>` per peer
 * JOINed through the gateway; JOIN and QUIT edit that list (peer-list.ts says who may); PING has
 * no answer (the send succeeding is the answer); INIT submits a paid job (init-job.ts).
 */
import type { BtpeerType } from './counters.ts';
import { handleInit, type InitContext, type InitSession } from './init-job.ts';
import { parseJoin, type PeerList } from './peer-list.ts';

export interface HandlerContext extends InitContext {
  /** The relay's peer id in the mesh. */
  readonly name: string;
  readonly peers: PeerList;
}

export interface RequestSession extends InitSession {
  reply(body: string | object): void;
  /** `code` undefined: the seed's plain-text ERRO. */
  refuse(code: string | undefined, message: string): void;
}

const text = (data: Uint8Array): string => new TextDecoder().decode(data);

export async function handleRequest(type: BtpeerType, data: Uint8Array, session: RequestSession, ctx: HandlerContext): Promise<void> {
  switch (type) {
    case 'NAME':
      session.reply(ctx.name);
      return session.finish();
    case 'LIST': {
      const peers = ctx.peers.list();
      session.reply(String(peers.length));
      for (const peer of peers) session.reply(`${peer.id} ${peer.host} ${peer.port}`);
      return session.finish();
    }
    case 'JOIN': {
      const peer = parseJoin(text(data));
      const joined = typeof peer === 'string' ? { ok: false as const, reason: peer } : ctx.peers.join(peer, session.address);
      if (!joined.ok) {
        ctx.counters.peerRefusals++;
        return session.refuse(undefined, `Join: ${joined.reason}`);
      }
      session.reply(`Join: peer added: ${(peer as { id: string }).id}`);
      return session.finish();
    }
    case 'QUIT': {
      const id = text(data).trim();
      const quit = ctx.peers.quit(id, session.address);
      if (!quit.ok) {
        ctx.counters.peerRefusals++;
        return session.refuse(undefined, `Quit: ${quit.reason}`);
      }
      session.reply(`Quit: peer removed: ${id}`);
      return session.finish();
    }
    case 'PING':
      return session.finish();
    case 'INIT':
      return handleInit(data, session, ctx);
  }
}

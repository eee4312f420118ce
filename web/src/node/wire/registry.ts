/**
 * One registry definition for every protocol: a set of message declarations becomes a
 * discriminated union keyed by `kind` (the declaration's name), an exhaustive handlers type, and
 * decode / encode / dispatch. The mesh's layers (peers, gossip, DHT, mesh signaling, mail, ...)
 * and the course protocols on the relay's gateways all use it; type numbers come from the one
 * table in constants.ts.
 */
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import { decodeFrame } from './frame.ts';
import type { MessageDeclaration, ValuesOf } from './schema.ts';

export type Declarations = { readonly [key: string]: MessageDeclaration };

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type DeclarationOf<D extends Declarations> = D[keyof D];

/** The kinds (declaration names) a set of declarations holds. */
export type KindOf<D extends Declarations> = DeclarationOf<D>['name'];
/** Every message of a set of declarations, as `{ kind, ...fields }`. */
export type MessageUnion<D extends Declarations> = {
  [X in DeclarationOf<D> as X['name']]: Simplify<{ kind: X['name'] } & ValuesOf<X['fields']>>;
}[KindOf<D>];
/** A dispatch table: a kind without a handler fails the type check. */
export type HandlersOf<D extends Declarations, Ctx> = {
  [K in KindOf<D>]: (msg: Extract<MessageUnion<D>, { kind: K }>, ctx: Ctx) => void;
};

export interface Registry<D extends Declarations = Declarations> {
  /** Names the protocol in errors and counters ('peers', 'gossip', 'dht', ...). */
  readonly name: string;
  readonly declarations: D;
  /** The type numbers this registry claims. */
  readonly types: readonly number[];
  has(type: number): boolean;
  /** Decodes one untrusted frame. Never throws: 'unknown-type' for a type outside the registry. */
  decode(frame: Uint8Array): Result<MessageUnion<D>>;
  /** Decodes the body of a frame whose header was already read. Never throws. */
  decodeBody(type: number, body: Uint8Array): Result<MessageUnion<D>>;
  /** The whole frame. Throws TabmeshError on a value its declaration refuses. */
  encode(msg: MessageUnion<D>): Uint8Array;
  dispatch<Ctx>(handlers: HandlersOf<D, Ctx>, msg: MessageUnion<D>, ctx: Ctx): void;
}

/** The message union of a registry (`RegistryMessage<typeof GOSSIP_MESSAGES>`). */
export type RegistryMessage<R> = R extends Registry<infer D> ? MessageUnion<D> : never;
export type RegistryMessageOf<R, K extends string> = Extract<RegistryMessage<R>, { kind: K }>;
export type RegistryHandlers<R, Ctx> = R extends Registry<infer D> ? HandlersOf<D, Ctx> : never;
export type RegistryKind<R> = R extends Registry<infer D> ? KindOf<D> : never;

/**
 * Builds the registry of `declarations`. Each key must equal its declaration's name, and no type
 * number may appear twice (checked at load time: a clash is a programming error).
 */
export function defineRegistry<const D extends Declarations>(name: string, declarations: D): Registry<D> {
  type Msg = MessageUnion<D>;
  const byType = new Map<number, MessageDeclaration>();
  const byKind = new Map<string, MessageDeclaration>();
  for (const [key, decl] of Object.entries(declarations)) {
    if (key !== decl.name) throw new TabmeshError('bad-field', `${name}: key ${key} holds ${decl.name}`);
    if (byType.has(decl.type)) throw new TabmeshError('bad-field', `${name}: type ${decl.type} declared twice`);
    byType.set(decl.type, decl);
    byKind.set(decl.name, decl);
  }
  const decodeBody = (type: number, body: Uint8Array): Result<Msg> => {
    const decl = byType.get(type);
    if (!decl) return err('unknown-type', `type ${type} is not a ${name} message`);
    const fields = decl.decodeBody(body);
    if (!fields.ok) return fields;
    return ok({ kind: decl.name, ...fields.value } as Msg);
  };
  return {
    name,
    declarations,
    types: [...byType.keys()],
    has: (type) => byType.has(type),
    decode(frame) {
      const decoded = decodeFrame(frame);
      if (!decoded.ok) return decoded;
      return decodeBody(decoded.value.type, decoded.value.body);
    },
    decodeBody,
    encode(msg) {
      const { kind } = msg as { kind: string };
      const decl = byKind.get(kind);
      if (!decl) throw new TabmeshError('unknown-type', `${kind} is not a ${name} message`);
      return decl.encode(msg as never);
    },
    dispatch(handlers, msg, ctx) {
      const { kind } = msg as { kind: KindOf<D> };
      (handlers[kind] as (m: Msg, c: typeof ctx) => void)(msg, ctx);
    },
  };
}

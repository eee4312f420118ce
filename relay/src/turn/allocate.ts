/**
 * Allocate (RFC 8656 §7.2): UDP relaying only, one allocation per 5-tuple, quotas, EVEN-PORT
 * and RESERVATION-TOKEN, REQUESTED-ADDRESS-FAMILY checked against the relay's family.
 * DONT-FRAGMENT is accepted (the relay never fragments what it cannot send whole anyway).
 */
import { ATTR, ERROR, TRANSPORT_UDP } from './constants.ts';
import { failure, success, type AuthenticatedRequest, type Reply, type ServerContext } from './context.ts';
import { grantedLifetime, requestedLifetime } from './lifetime.ts';
import {
  attribute,
  decodeEvenPort,
  decodeRequestedFamily,
  decodeRequestedTransport,
  decodeReservationToken,
  encodeReservationToken,
  encodeU32,
  encodeXorAddress,
} from './stun-attributes.ts';
import { findAttribute } from './stun-message.ts';

export async function handleAllocate(ctx: ServerContext, request: AuthenticatedRequest): Promise<Reply> {
  const { message, client, auth, now } = request;
  if (ctx.table.get(client.key, now) || ctx.table.isPending(client.key)) return failure(ERROR.allocationMismatch);

  const transportValue = findAttribute(message, ATTR.requestedTransport);
  if (!transportValue) return failure(ERROR.badRequest);
  const transport = decodeRequestedTransport(transportValue);
  if (!transport.ok) return failure(ERROR.badRequest);
  if (transport.value !== TRANSPORT_UDP) return failure(ERROR.unsupportedTransportProtocol);

  const tokenValue = findAttribute(message, ATTR.reservationToken);
  const evenValue = findAttribute(message, ATTR.evenPort);
  const familyValue = findAttribute(message, ATTR.requestedAddressFamily);
  // A reserved port already has its family and parity.
  if (tokenValue && (evenValue || familyValue)) return failure(ERROR.badRequest);
  if (familyValue) {
    const family = decodeRequestedFamily(familyValue);
    if (!family.ok) return failure(ERROR.badRequest);
    if (family.value !== ctx.relayFamily) return failure(ERROR.addressFamilyNotSupported);
  }
  let evenPort: { reserveNext: boolean } | null = null;
  if (evenValue) {
    const decoded = decodeEvenPort(evenValue);
    if (!decoded.ok) return failure(ERROR.badRequest);
    evenPort = decoded.value;
  }
  let reservationToken: string | null = null;
  if (tokenValue) {
    const decoded = decodeReservationToken(tokenValue);
    if (!decoded.ok) return failure(ERROR.badRequest);
    reservationToken = decoded.value;
  }
  const requested = requestedLifetime(message);
  if (!requested.ok) return failure(ERROR.badRequest);
  const lifetime = grantedLifetime(requested.value, false);

  const created = await ctx.table.create(
    { client, username: auth.username, peerId: auth.peerId, lifetimeMs: lifetime * 1000, evenPort, reservationToken },
    now,
  );
  if (!created.ok) {
    ctx.counters.allocationsRefused[created.reason]++;
    return failure(created.code);
  }
  const tid = message.transactionId;
  const attributes = [
    attribute(ATTR.xorRelayedAddress, encodeXorAddress(created.allocation.relayed, tid)),
    attribute(ATTR.lifetime, encodeU32(lifetime)),
    attribute(ATTR.xorMappedAddress, encodeXorAddress(client.address, tid)),
  ];
  if (created.reservationToken !== null) {
    attributes.push(attribute(ATTR.reservationToken, encodeReservationToken(created.reservationToken)));
  }
  return success(attributes);
}

/** Course messages for the gateway tests, built through the shared declarations. */
import { validationBits, type CourseGossipMessageOf } from '../../../../relay/src/gossip-gateway/messages.ts';

export { text } from '../../../support/bytes.ts';

export const notify = (dataType: number): CourseGossipMessageOf<'gossipNotify'> => ({ kind: 'gossipNotify', reserved: 0, dataType });

export const announce = (dataType: number, data: Uint8Array, ttl = 0): CourseGossipMessageOf<'gossipAnnounce'> => ({
  kind: 'gossipAnnounce',
  ttl,
  reserved: 0,
  dataType,
  data,
});

export const validation = (messageId: number, valid: boolean): CourseGossipMessageOf<'gossipValidation'> => ({
  kind: 'gossipValidation',
  messageId,
  bits: validationBits(valid),
});

export const notification = (messageId: number, dataType: number, data: Uint8Array): CourseGossipMessageOf<'gossipNotification'> => ({
  kind: 'gossipNotification',
  messageId,
  dataType,
  data,
});

/** Colours of the DHT page, shared by the ring drawing and the records table so they agree. */
import { css } from 'lit';

export const dhtPalette = css`
  :host {
    --dht-predecessor: #8a63d2;
    --dht-successor: #1f9d55;
    --dht-finger: #d98b0b;
    /* Keys this node is the successor of, and copies it keeps for a predecessor. */
    --dht-primary: #2f6fdf;
    --dht-replica: #c2569b;
  }
`;

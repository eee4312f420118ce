/** The btpeer gateway (PROTOCOLS.md §3) on the relay's TCP port 1119. */
export { startBtpeerGateway, type BtpeerGateway, type BtpeerGatewayOptions, type BtpeerGatewayStats } from './gateway.ts';
export { btpeerGatewayLimits, type BtpeerGatewayLimits } from './config.ts';
export { btpeerFamilies } from './metrics.ts';
export { DEFAULT_BTPEER_HOST, DEFAULT_BTPEER_PORT, DEFAULT_MAX_CLIENTS_PER_ADDRESS as DEFAULT_BTPEER_MAX_CLIENTS_PER_ADDRESS } from './constants.ts';

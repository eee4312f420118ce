/**
 * Where the Flow drawing puts things, in its own units: lanes stacked top to bottom, one column
 * per stage, each job's token stacked in its lane's column. A cell shows MAX_TOKENS_PER_CELL
 * tokens and counts the rest, so a busy broker does not push the others off the page.
 */
import type { PeerId } from '../node/base/peer-id.ts';
import { COLUMN_LABELS, laneColumns, type FlowJob, type FlowLane } from './flow-model.ts';

/** Left of the columns: the broker's id, queue and backup. */
export const LANE_LABEL_WIDTH = 176;
export const COLUMN_WIDTH = 150;
/** The column titles above the first lane. */
export const HEADER_HEIGHT = 30;
export const TOKEN_WIDTH = 136;
export const TOKEN_HEIGHT = 34;
const TOKEN_GAP = 6;
const LANE_PADDING = 10;
/** Room for the lane's label lines even when it has no jobs. */
const MIN_LANE_HEIGHT = 66;
/** The "+N more" line under a full cell. */
const OVERFLOW_LINE = 16;
export const MAX_TOKENS_PER_CELL = 4;

export interface LaneBox {
  lane: FlowLane;
  y: number;
  height: number;
}

export interface TokenBox {
  job: FlowJob;
  x: number;
  y: number;
}

export interface OverflowBox {
  broker: PeerId;
  column: number;
  hidden: number;
  x: number;
  y: number;
}

export interface FlowLayout {
  width: number;
  height: number;
  lanes: LaneBox[];
  tokens: TokenBox[];
  overflow: OverflowBox[];
}

export const FLOW_WIDTH = LANE_LABEL_WIDTH + COLUMN_LABELS.length * COLUMN_WIDTH;

/** The x of a column's left edge. */
export function columnX(column: number): number {
  return LANE_LABEL_WIDTH + column * COLUMN_WIDTH;
}

export function layoutFlow(lanes: readonly FlowLane[], jobs: readonly FlowJob[]): FlowLayout {
  const layout: FlowLayout = { width: FLOW_WIDTH, height: HEADER_HEIGHT, lanes: [], tokens: [], overflow: [] };
  let y = HEADER_HEIGHT;
  for (const lane of lanes) {
    const columns = laneColumns(jobs, lane.broker);
    const rows = Math.min(MAX_TOKENS_PER_CELL, Math.max(0, ...columns.map((c) => c.length)));
    const overflows = columns.some((c) => c.length > MAX_TOKENS_PER_CELL);
    const tokensHeight = rows * (TOKEN_HEIGHT + TOKEN_GAP) - (rows > 0 ? TOKEN_GAP : 0);
    const height = Math.max(MIN_LANE_HEIGHT, 2 * LANE_PADDING + tokensHeight + (overflows ? OVERFLOW_LINE : 0));
    columns.forEach((column, c) => {
      const x = columnX(c) + (COLUMN_WIDTH - TOKEN_WIDTH) / 2;
      column.slice(0, MAX_TOKENS_PER_CELL).forEach((job, row) => {
        layout.tokens.push({ job, x, y: y + LANE_PADDING + row * (TOKEN_HEIGHT + TOKEN_GAP) });
      });
      if (column.length > MAX_TOKENS_PER_CELL) {
        layout.overflow.push({ broker: lane.broker, column: c, hidden: column.length - MAX_TOKENS_PER_CELL, x: x + TOKEN_WIDTH / 2, y: y + LANE_PADDING + tokensHeight + OVERFLOW_LINE - 3 });
      }
    });
    layout.lanes.push({ lane, y, height });
    y += height;
  }
  layout.height = y;
  return layout;
}

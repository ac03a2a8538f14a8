/**
 * The kinds of connector between levels, without the schema's validator: the 3D view's routing
 * imports these and must not pull zod in with them.
 */
export const CONNECTOR_KINDS = ['stairs', 'escalator', 'lift', 'ramp'] as const
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number]
/** Connectors a visitor who avoids steps can use. */
export const STEP_FREE_CONNECTORS: readonly ConnectorKind[] = ['lift', 'ramp']

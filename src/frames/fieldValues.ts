/*
 * A frame's field values by field name (empty when the frame has no such field), as Grafana types
 * them: the readers of Kale's own frames convert each value they take.
 */
import type { DataFrame, Field } from '@grafana/data';

export function fieldValues(frame: DataFrame, name: string): Field['values'] {
  return frame.fields.find((f) => f.name === name)?.values ?? [];
}

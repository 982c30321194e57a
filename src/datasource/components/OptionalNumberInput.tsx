/*
 * A number input where empty means "not set" (undefined), for settings that fall back to a
 * preset's own value.
 */
import React from 'react';
import { Input } from '@grafana/ui';

interface Props {
  value?: number;
  onChange: (value: number | undefined) => void;
  onBlur?: () => void;
  min?: number;
  max?: number;
  step?: number;
  width?: number;
  placeholder?: string;
}

export function OptionalNumberInput({
  value,
  onChange,
  onBlur,
  min,
  max,
  step,
  width = 10,
  placeholder = 'preset',
}: Props) {
  return (
    <Input
      type="number"
      min={min}
      max={max}
      step={step}
      width={width}
      value={value ?? ''}
      placeholder={placeholder}
      onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
      onBlur={onBlur}
    />
  );
}

import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { DetectOptions } from './DetectOptions';

describe('DetectOptions', () => {
  it('sets the sensitivity and the consensus', () => {
    const onChange = jest.fn();
    render(<DetectOptions query={{ refId: 'A', preset: 'skyline' }} onChange={onChange} onRunQuery={jest.fn()} />);
    const [consensus, sensitivity] = screen.getAllByPlaceholderText('preset');
    fireEvent.change(sensitivity, { target: { value: '0.4' } });
    expect(onChange).toHaveBeenLastCalledWith({ sensitivity: 0.4 });
    fireEvent.change(consensus, { target: { value: '5' } });
    expect(onChange).toHaveBeenLastCalledWith({ consensus: 5 });
  });

  it('clears a consensus back to the preset rule', () => {
    const onChange = jest.fn();
    render(
      <DetectOptions
        query={{ refId: 'A', preset: 'skyline', consensus: 5 }}
        onChange={onChange}
        onRunQuery={jest.fn()}
      />
    );
    fireEvent.change(screen.getByDisplayValue('5'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ consensus: undefined });
  });

  it('offers the detector list only for the custom preset', () => {
    const { rerender } = render(
      <DetectOptions query={{ refId: 'A', preset: 'skyline' }} onChange={jest.fn()} onRunQuery={jest.fn()} />
    );
    expect(screen.queryByText('Use')).toBeNull();
    rerender(
      <DetectOptions
        query={{ refId: 'A', preset: 'custom', detectors: ['grubbs'] }}
        onChange={jest.fn()}
        onRunQuery={jest.fn()}
      />
    );
    expect(screen.getByText('Use')).toBeInTheDocument();
  });
});

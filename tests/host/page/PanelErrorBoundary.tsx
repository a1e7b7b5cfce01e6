import React, { Component, ReactNode } from 'react';

interface Props {
  onError: (error: Error) => void;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/** Stands in for Grafana's panel error boundary, and tells the test API that rendering failed. */
export class PanelErrorBoundary extends Component<Props, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error) {
    this.props.onError(error);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" data-testid="host-panel-error">
          Panel failed to render: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}

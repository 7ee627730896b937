import { Component, type ReactNode } from 'react';
import { describeDatabaseError } from '../db/errors';
import { DatabaseErrorScreen } from './DatabaseErrorScreen';

interface State {
  error: unknown;
}

/**
 * A read that fails inside a live query surfaces here: the person sees what
 * went wrong and what to do, instead of a blank window.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) {
      return <DatabaseErrorScreen problem={describeDatabaseError(this.state.error)} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashResult } from './RouteErrorPage';

/** Last line of defence around the whole app (the router catches page errors itself). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.error ? <CrashResult error={this.state.error} /> : this.props.children;
  }
}

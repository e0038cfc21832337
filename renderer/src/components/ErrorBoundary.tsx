import { Component, type ErrorInfo, type ReactNode } from 'react';
import { BridgeMissingError } from '../api/client';
import { lastKnownLocale } from '../i18n/I18nProvider';
import { FatalScreen } from './FatalScreen';

/** Last line of defence: a crash while rendering shows a plain sentence, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Caruman: the window crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const key = error instanceof BridgeMissingError ? error.key : 'error.internal';
    return <FatalScreen message={{ key }} locale={lastKnownLocale()} />;
  }
}

import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

/**
 * Warns before a half-filled form is lost: an in-app navigation asks to confirm, and closing or
 * reloading the tab triggers the browser's own "leave site?" prompt. Pass `dirty` = the form
 * has changes not yet submitted. After a successful submit, call `allowNavigation()` before
 * navigating away (the new `dirty` value only reaches the router after the next render).
 */
export function useUnsavedChangesPrompt(dirty: boolean): { allowNavigation(): void } {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const asking = useRef(false);

  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: () => {
        asking.current = false;
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);

  useEffect(() => {
    allowed.current = false;
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    allowNavigation: () => {
      allowed.current = true;
    },
  };
}

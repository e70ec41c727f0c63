import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';

interface Option {
  value: string;
  label: string;
}

/**
 * The administrator's picker for a community's operator organisation: searches the platform's
 * organisations by name or unified social credit code (`GET /organisations/all`) instead of
 * asking for an id. `value` / `onChange` as a form control; cleared is null.
 */
export function OperatorPicker({
  value,
  onChange,
  current,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The operator on record, shown before any search. */
  current?: { organisationId: string; name: string } | null;
  id?: string;
}) {
  const { t } = useTranslation('spaces');
  const [options, setOptions] = useState<Option[]>(
    current ? [{ value: current.organisationId, label: current.name }] : [],
  );
  const [searching, setSearching] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q.length === 0) return;
    timer.current = setTimeout(() => {
      const ticket = ++latest.current;
      setSearching(true);
      void apiClient
        .GET('/organisations/all', { params: { query: { q, limit: 20 } } })
        .then((found) => {
          if (ticket !== latest.current) return;
          setOptions(
            found.items.map((organisation) => ({
              value: organisation.id,
              label: `${organisation.name} · ${organisation.creditCode}`,
            })),
          );
        })
        .catch(() => undefined)
        .finally(() => {
          if (ticket === latest.current) setSearching(false);
        });
    }, 300);
  };
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value ?? undefined}
      onChange={(chosen: string | undefined) => onChange?.(chosen ?? null)}
      filterOption={false}
      onSearch={search}
      options={options}
      placeholder={t('register.operatorSearch')}
      notFoundContent={searching ? <Spin size="small" /> : t('register.operatorNone')}
      data-testid="operator-picker"
      style={{ width: '100%' }}
    />
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading';
import type { Question } from './types';

interface Achievement {
  kind: string;
  description: string;
  evidenceUrl?: string;
}
interface Waiver {
  class: string;
  on: string;
}

/**
 * One question, with the input its fact type needs: yes/no and options answer on a tap (phones);
 * dates, numbers, amounts and lists have a "Next" button. Money is typed in yuan and kept in fen.
 */
export function QuestionCard({
  question,
  step,
  initial,
  onAnswer,
  onSkip,
  onBack,
  takeFocus = false,
}: {
  question: Question;
  step: number;
  /** Move the keyboard focus to the question when it appears (after the person acted). */
  takeFocus?: boolean;
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onSkip: () => void;
  onBack: (() => void) | null;
}) {
  const { t } = useTranslation('navigator');
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // NOTE: once, when this question appears (the card is keyed by its fact): the focus was on
  // the answer just given, which is gone now; without this it would drop to <body>.
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Card
      data-testid="navigator-question"
      data-fact={question.factId}
      title={
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
          {t('question.step', { step })}
        </Typography.Text>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Heading
          level={2}
          looksLike={4}
          style={{ margin: 0 }}
          tabIndex={-1}
          ref={heading}
          data-testid="question-text"
        >
          {question.text}
        </Heading>
        {question.help && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {question.help}
          </Typography.Paragraph>
        )}
        {question.purpose === 'amount' && (
          <Typography.Text type="secondary">{t('question.amountHint')}</Typography.Text>
        )}
        {error && <Alert type="warning" showIcon message={error} />}
        <AnswerInput
          key={question.factId}
          question={question}
          initial={initial}
          onAnswer={(value) => {
            setError(null);
            onAnswer(value);
          }}
          onInvalid={setError}
        />
        <Flex gap={8} wrap justify="space-between">
          <Button onClick={onBack ?? undefined} disabled={!onBack} data-testid="question-back">
            {t('question.back')}
          </Button>
          <Button type="link" onClick={onSkip} data-testid="question-skip">
            {t('question.skip')}
          </Button>
        </Flex>
      </Space>
    </Card>
  );
}

function AnswerInput({
  question,
  initial,
  onAnswer,
  onInvalid,
}: {
  question: Question;
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onInvalid: (message: string) => void;
}) {
  const { t } = useTranslation('navigator');
  const big = { size: 'large' as const, style: { minWidth: 120 } };
  switch (question.type) {
    case 'boolean':
      return (
        <Flex gap={12} wrap>
          <Button
            {...big}
            type={initial === true ? 'primary' : 'default'}
            onClick={() => onAnswer(true)}
            data-testid="answer-yes"
          >
            {t('question.yes')}
          </Button>
          <Button
            {...big}
            type={initial === false ? 'primary' : 'default'}
            onClick={() => onAnswer(false)}
            data-testid="answer-no"
          >
            {t('question.no')}
          </Button>
        </Flex>
      );
    case 'enum':
      return (
        <Flex vertical gap={8}>
          {question.options.map((option) => (
            <Button
              key={option.value}
              size="large"
              block
              type={initial === option.value ? 'primary' : 'default'}
              style={{ textAlign: 'left', whiteSpace: 'normal', height: 'auto', minHeight: 40 }}
              onClick={() => onAnswer(option.value)}
              data-testid={`answer-option-${option.value}`}
            >
              {option.label}
            </Button>
          ))}
        </Flex>
      );
    case 'date':
      return (
        <DateAnswer
          initial={initial}
          onAnswer={onAnswer}
          onInvalid={() => onInvalid(t('question.required'))}
        />
      );
    case 'integer':
    case 'money':
      return (
        <NumberAnswer
          question={question}
          initial={initial}
          onAnswer={onAnswer}
          onInvalid={() => onInvalid(t('question.required'))}
        />
      );
    case 'policy-list':
      return <PolicyListAnswer question={question} initial={initial} onAnswer={onAnswer} />;
    case 'achievement-list':
      return (
        <AchievementsAnswer
          question={question}
          initial={initial}
          onAnswer={onAnswer}
          onInvalid={onInvalid}
        />
      );
    case 'waiver-list':
      return (
        <WaiversAnswer
          question={question}
          initial={initial}
          onAnswer={onAnswer}
          onInvalid={onInvalid}
        />
      );
  }
}

function DateAnswer({
  initial,
  onAnswer,
  onInvalid,
}: {
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onInvalid: () => void;
}) {
  const { t } = useTranslation('navigator');
  const [value, setValue] = useState(typeof initial === 'string' ? initial : '');
  const submit = () => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? onAnswer(value) : onInvalid());
  return (
    <Flex gap={8} wrap>
      <Input
        type="date"
        size="large"
        value={value}
        aria-label={t('question.pickDate')}
        onChange={(event) => setValue(event.target.value)}
        onPressEnter={submit}
        style={{ maxWidth: 220 }}
        data-testid="answer-date"
      />
      <Button type="primary" size="large" onClick={submit} data-testid="answer-next">
        {t('question.next')}
      </Button>
    </Flex>
  );
}

function NumberAnswer({
  question,
  initial,
  onAnswer,
  onInvalid,
}: {
  question: Question;
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onInvalid: () => void;
}) {
  const { t } = useTranslation('navigator');
  const money = question.type === 'money';
  const [value, setValue] = useState<number | null>(
    typeof initial === 'number' ? (money ? initial / 100 : initial) : null,
  );
  const submit = () => {
    if (value === null || Number.isNaN(value)) return onInvalid();
    onAnswer(money ? Math.round(value * 100) : Math.round(value));
  };
  return (
    <Flex gap={8} wrap>
      <InputNumber<number>
        size="large"
        value={value}
        min={money ? 0 : (question.min ?? 0)}
        max={money ? undefined : question.max}
        precision={money ? 2 : 0}
        prefix={money ? '¥' : undefined}
        suffix={money ? t('question.yuan') : undefined}
        inputMode={money ? 'decimal' : 'numeric'}
        onChange={(next) => setValue(next)}
        onPressEnter={submit}
        style={{ width: 220 }}
        data-testid="answer-number"
      />
      <Button type="primary" size="large" onClick={submit} data-testid="answer-next">
        {t('question.next')}
      </Button>
    </Flex>
  );
}

function PolicyListAnswer({
  question,
  initial,
  onAnswer,
}: {
  question: Question;
  initial: unknown;
  onAnswer: (value: unknown) => void;
}) {
  const { t } = useTranslation('navigator');
  const [value, setValue] = useState<string[]>(Array.isArray(initial) ? (initial as string[]) : []);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Checkbox.Group
        value={value}
        onChange={(next) => setValue(next as string[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={question.options.map((option) => ({ value: option.value, label: option.label }))}
      />
      <Flex gap={8} wrap>
        <Button size="large" onClick={() => onAnswer([])} data-testid="answer-none">
          {t('question.none')}
        </Button>
        <Button
          type="primary"
          size="large"
          disabled={value.length === 0}
          onClick={() => onAnswer(value)}
          data-testid="answer-next"
        >
          {t('question.next')}
        </Button>
      </Flex>
    </Space>
  );
}

/** A list answer being edited: starts from the earlier answer, or one blank item. */
function useItemList<T extends object>(initial: unknown, blank: () => T) {
  const [items, setItems] = useState<T[]>(
    Array.isArray(initial) && initial.length > 0 ? (initial as T[]) : [blank()],
  );
  return {
    items,
    update: (index: number, change: Partial<T>) =>
      setItems(items.map((item, i) => (i === index ? { ...item, ...change } : item))),
    add: () => setItems([...items, blank()]),
    remove: (index: number) => setItems(items.filter((_, i) => i !== index)),
  };
}

const urlPattern = /^https?:\/\/\S+$/;

function AchievementsAnswer({
  question,
  initial,
  onAnswer,
  onInvalid,
}: {
  question: Question;
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onInvalid: (message: string) => void;
}) {
  const { t } = useTranslation('navigator');
  const { items, update, add, remove } = useItemList<Achievement>(initial, () => ({
    kind: question.options[0]?.value ?? '',
    description: '',
  }));
  const submit = () => {
    const filled = items.filter((item) => item.description.trim() !== '');
    if (filled.length === 0) return onInvalid(t('question.required'));
    if (filled.some((item) => item.evidenceUrl && !urlPattern.test(item.evidenceUrl)))
      return onInvalid(t('question.invalidUrl'));
    onAnswer(
      filled.map((item) => ({
        kind: item.kind,
        description: item.description.trim(),
        ...(item.evidenceUrl ? { evidenceUrl: item.evidenceUrl.trim() } : {}),
      })),
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {items.map((item, index) => (
        <Card key={index} size="small">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Select
              value={item.kind}
              aria-label={t('question.kind')}
              options={question.options}
              onChange={(kind) => update(index, { kind })}
              style={{ width: '100%' }}
            />
            <Input
              value={item.description}
              placeholder={t('question.description')}
              maxLength={2000}
              onChange={(event) => update(index, { description: event.target.value })}
              data-testid="achievement-description"
            />
            <Input
              value={item.evidenceUrl ?? ''}
              placeholder={t('question.evidenceUrl')}
              maxLength={2000}
              inputMode="url"
              onChange={(event) => update(index, { evidenceUrl: event.target.value })}
            />
            {items.length > 1 && (
              <Button icon={<DeleteOutlined />} onClick={() => remove(index)}>
                {t('question.remove')}
              </Button>
            )}
          </Space>
        </Card>
      ))}
      <Flex gap={8} wrap>
        <Button icon={<PlusOutlined />} onClick={add}>
          {t('question.addItem')}
        </Button>
        <Button size="large" onClick={() => onAnswer([])} data-testid="answer-none">
          {t('question.none')}
        </Button>
        <Button type="primary" size="large" onClick={submit} data-testid="answer-next">
          {t('question.next')}
        </Button>
      </Flex>
    </Space>
  );
}

function WaiversAnswer({
  question,
  initial,
  onAnswer,
  onInvalid,
}: {
  question: Question;
  initial: unknown;
  onAnswer: (value: unknown) => void;
  onInvalid: (message: string) => void;
}) {
  const { t } = useTranslation('navigator');
  const { items, update, add, remove } = useItemList<Waiver>(initial, () => ({
    class: question.options[0]?.value ?? '',
    on: '',
  }));
  const submit = () => {
    if (items.some((item) => !/^\d{4}-\d{2}-\d{2}$/.test(item.on)))
      return onInvalid(t('question.required'));
    onAnswer(items);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {items.map((item, index) => (
        <Flex key={index} gap={8} wrap>
          <Select
            value={item.class}
            aria-label={t('question.waivedClass')}
            options={question.options}
            onChange={(value) => update(index, { class: value })}
            style={{ minWidth: 200 }}
          />
          <Input
            type="date"
            value={item.on}
            aria-label={t('question.waivedOn')}
            onChange={(event) => update(index, { on: event.target.value })}
            style={{ width: 180 }}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={t('question.remove')}
            onClick={() => remove(index)}
          />
        </Flex>
      ))}
      <Flex gap={8} wrap>
        <Button icon={<PlusOutlined />} onClick={add}>
          {t('question.addItem')}
        </Button>
        <Button size="large" onClick={() => onAnswer([])} data-testid="answer-none">
          {t('question.none')}
        </Button>
        <Button
          type="primary"
          size="large"
          disabled={items.length === 0}
          onClick={submit}
          data-testid="answer-next"
        >
          {t('question.next')}
        </Button>
      </Flex>
    </Space>
  );
}

// A value that ends with its own full stop, put before the template's, gives one full stop.
import { expect, it } from 'vitest';
import { oneFullStop } from '../../src/i18n/index.js';
import { tr } from '../helpers/flow.js';

it('one full stop after a value that ends with one; an ellipsis stays', () => {
  expect(oneFullStop('Изменено: Начало → май 2027 г..')).toBe('Изменено: Начало → май 2027 г.');
  expect(oneFullStop('Wait...')).toBe('Wait...');
  expect(oneFullStop('A. B.')).toBe('A. B.');
  expect(tr('ru', 'flow:stale.changed', { field: 'Начало', value: 'май 2027 г.' })).toBe(
    'Изменено: Начало → май 2027 г.',
  );
});

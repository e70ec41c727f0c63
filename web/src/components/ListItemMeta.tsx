import { ConfigProvider } from 'antd';
import { createElement, useContext, type ReactNode } from 'react';

/**
 * Ant Design's List.Item.Meta, whose title is always an <h4>: right under a page's h1 that
 * skips two levels in a screen reader's heading list. The same markup and class names (so the
 * same look), with the title's level following the page's outline.
 */
export function ListItemMeta({
  level,
  title,
  description,
}: {
  level: 2 | 3 | 4 | 5 | 6;
  title?: ReactNode;
  description?: ReactNode;
}) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const list = getPrefixCls('list');
  return (
    <div className={`${list}-item-meta`}>
      <div className={`${list}-item-meta-content`}>
        {title !== undefined &&
          createElement(`h${level}`, { className: `${list}-item-meta-title` }, title)}
        {description !== undefined && (
          <div className={`${list}-item-meta-description`}>{description}</div>
        )}
      </div>
    </div>
  );
}

import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography, theme } from 'antd';
import { Suspense, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoading } from '../components/PageLoading';
import { UserMenu } from '../components/UserMenu';
import { useKeyboardScrollableTables } from '../components/use-keyboard-scrollable-tables';
import { useTranslateKey } from '../i18n';
import { useSession } from '../session/session-context';
import { navRoutes } from './catalogue';
import { ACCESSIBILITY_PATH, HOME_PATH } from './paths';
import type { AppRoute } from './types';

const { Header, Sider, Content, Footer } = Layout;

/**
 * Follows the skip link without touching the URL (a "#main" there would be a new history
 * entry for the router): the page's content takes the focus, so Tab goes on from there.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The menu entry to highlight: the one whose path is the longest prefix of the location. */
function selectedNavPath(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((path) =>
      path === HOME_PATH
        ? pathname === HOME_PATH
        : pathname === path || pathname.startsWith(`${path}/`),
    )
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The page frame: header (product name, language, account), side menu on desktop, a drawer
 * menu on phones, and the footer. The menu lists only the entries the signed-in roles may use.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const translateKey = useTranslateKey();
  const session = useSession();
  const location = useLocation();
  const matches = useMatches();
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useKeyboardScrollableTables(t('scrollableTable'));
  // NOTE: useBreakpoint is empty on the first render; treat "unknown" as desktop.
  const isPhone = screens.md === false;

  // Signed-out visitors see the public entries ('anyone'); nothing until we know who it is.
  const visibleNav = useMemo(
    () => (session.status === 'loading' ? [] : navRoutes.filter((r) => session.canSee(r.audience))),
    [session],
  );
  const selected = selectedNavPath(
    location.pathname,
    visibleNav.map((route) => route.path),
  );
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawerOpen(false)}
      data-testid="nav-menu"
      items={visibleNav.map((route) => ({
        key: route.path,
        icon: route.nav.icon,
        label: (
          <Link to={route.path} data-nav-key={route.nav.key}>
            {translateKey(route.nav.labelKey)}
          </Link>
        ),
      }))}
      style={{ borderInlineEnd: 'none' }}
    />
  );

  // The browser tab names the page: "<page> · OPC Hub".
  const current = [...matches].reverse().find((match) => match.handle)?.handle as
    { route?: AppRoute } | undefined;
  const titleKey = current?.route?.titleKey;
  const pageTitle = titleKey ? translateKey(titleKey) : undefined;
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${t('product.short')}` : t('product.name');
  }, [pageTitle, t]);

  // A menu holding only "home" is no menu: the landing page and sign-in stand alone then.
  const showMenu = visibleNav.length > 1;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* WCAG 2.4.1: the first Tab stop skips the header and the menu. */}
      <a href="#main" className="opc-skip-link" onClick={skipToMain}>
        {t('skipLink')}
      </a>
      <Header
        className="opc-header"
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          paddingInline: isPhone ? 8 : 24,
          background: token.colorPrimary,
          color: '#fff',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {showMenu && isPhone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.openMenu')}
            data-testid="open-menu"
            onClick={() => setDrawerOpen(true)}
            style={{ color: '#fff' }}
          />
        )}
        <Link
          to={HOME_PATH}
          style={{
            color: '#fff',
            minWidth: 0,
            flex: '1 1 auto',
            display: 'flex',
            alignItems: 'center',
            height: '100%',
          }}
          data-testid="product-name"
        >
          <Typography.Text strong ellipsis style={{ color: '#fff', fontSize: isPhone ? 16 : 18 }}>
            {isPhone ? t('product.short') : t('product.name')}
          </Typography.Text>
        </Link>
        <LanguageSwitch compact={isPhone} />
        <UserMenu compact={isPhone} />
      </Header>
      <Layout>
        {showMenu && !isPhone && (
          <Sider
            width={220}
            theme="light"
            style={{ borderInlineEnd: `1px solid ${token.colorSplit}` }}
          >
            {menu}
          </Sider>
        )}
        {showMenu && isPhone && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('header.menu')}
            rootClassName="opc-nav-drawer"
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            {menu}
          </Drawer>
        )}
        <Layout>
          <Content
            id="main"
            // Focusable from script only: the skip link moves the reading position here.
            tabIndex={-1}
            style={{
              padding: isPhone ? 12 : 24,
              width: '100%',
              maxWidth: 1200,
              marginInline: 'auto',
            }}
          >
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Content>
          <Footer style={{ textAlign: 'center', padding: isPhone ? 12 : 16 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('footer.disclaimer')}
            </Typography.Text>{' '}
            <Link
              to={ACCESSIBILITY_PATH}
              style={{ fontSize: 12, whiteSpace: 'nowrap' }}
              data-testid="footer-accessibility"
            >
              {t('footer.accessibility')}
            </Link>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}

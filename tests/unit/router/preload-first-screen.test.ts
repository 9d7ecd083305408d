import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, type RouteComponent } from 'vue-router';
import { preloadFirstScreen } from '@/plugins/router';

const screen: RouteComponent = { render: () => null };

function routerAt(path: string, loaders: Record<string, () => Promise<RouteComponent>>) {
  const history = createMemoryHistory();
  history.replace(path);
  return createRouter({
    history,
    routes: [
      { path: '/', component: loaders.home! },
      { path: '/overzicht', component: loaders.overview! },
      { path: '/:pathMatch(.*)*', component: loaders.notFound! },
    ],
  });
}

describe('preloadFirstScreen', () => {
  it('starts loading only the screen the app opens on', () => {
    const loaders = {
      home: vi.fn(async () => screen),
      overview: vi.fn(async () => screen),
      notFound: vi.fn(async () => screen),
    };
    preloadFirstScreen(routerAt('/overzicht', loaders));
    expect(loaders.overview).toHaveBeenCalledOnce();
    expect(loaders.home).not.toHaveBeenCalled();
    expect(loaders.notFound).not.toHaveBeenCalled();
  });

  it('loads the not-found screen for an unknown address', () => {
    const loaders = {
      home: vi.fn(async () => screen),
      overview: vi.fn(async () => screen),
      notFound: vi.fn(async () => screen),
    };
    preloadFirstScreen(routerAt('/bestaat-niet', loaders));
    expect(loaders.notFound).toHaveBeenCalledOnce();
    expect(loaders.home).not.toHaveBeenCalled();
  });

  it('leaves a failed load to the navigation, without an unhandled rejection', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      preloadFirstScreen(routerAt('/', { home: failing, overview: failing, notFound: failing }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(failing).toHaveBeenCalledOnce();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

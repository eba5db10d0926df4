/// <reference path="../.astro/types.d.ts" />
declare namespace App {
  interface Locals {
    playbook?: import('./site/page-context.ts').PageContext;
  }
}

// Starlight resolves its overridable components through virtual modules but ships no types for
// them; this one is the component Starlight's own Sidebar renders.
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
  export default MobileMenuFooter;
}

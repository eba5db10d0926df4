/// <reference path="../.astro/types.d.ts" />
declare namespace App {
  interface Locals {
    playbook?: import('./site/page-context.ts').PageContext;
  }
}

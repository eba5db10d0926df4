/** Astro integration for what Starlight doesn't do: copying content assets, post-build steps. */
import type { AstroIntegration } from 'astro';

export function playbookIntegration(): AstroIntegration {
  return {
    name: 'fasttrack-playbook',
    hooks: {},
  };
}

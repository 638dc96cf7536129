import type { ComponentChildren } from 'preact';

export interface SettingsSectionProps {
  id: string;
  heading: string;
  children: ComponentChildren;
}

export function SettingsSection({ id, heading, children }: SettingsSectionProps) {
  return (
    <section class="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="settings-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

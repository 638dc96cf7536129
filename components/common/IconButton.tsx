import { Icon, type IconName } from './Icon';

export interface IconButtonProps {
  id?: string;
  icon: IconName;
  /** The accessible name, also shown as the tooltip: the icon alone says nothing to a screen reader. */
  label: string;
  disabled?: boolean;
  onClick: () => void;
}

export function IconButton({ id, icon, label, disabled, onClick }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      class="icon-button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}

import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField, type TextFieldProps } from "./text-field";

/** A password input with a "show password" checkbox, which helps on phones and for people who mistype. */
export function PasswordField(props: Omit<TextFieldProps, "type">) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const toggleId = useId();
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? "text" : "password"} spellCheck={false} autoCapitalize="off" />
      <div className="check-line password-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
        />
        <label htmlFor={toggleId}>{t("auth.showPassword")}</label>
      </div>
    </div>
  );
}

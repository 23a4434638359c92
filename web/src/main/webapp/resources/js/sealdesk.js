/* Small page helpers. */
var SealDesk = SealDesk || {};

/**
 * The 获取验证码 button stays disabled, counting down, for as long as the server says it would refuse
 * another code: after a code was sent, after a refusal, and when the page is loaded again meanwhile.
 * Like the server's, a cooldown belongs to a mobile number: the one typed in its form's tel field (none
 * on forms that send to the applicant's own number). Such buttons carry the class sd-send-code.
 */
SealDesk.cooldown = function (buttonId, args) {
    var button = document.getElementById(buttonId);
    if (button && args && args.resendInSeconds) {
        var until = Date.now() + args.resendInSeconds * 1000;
        SealDesk.remember(SealDesk.cooldownKey(button), until);
        SealDesk.countDown(button, until);
    }
};

SealDesk.cooldownKey = function (button) {
    var mobile = button.form ? button.form.querySelector('input[type="tel"]') : null;
    return 'sealdesk.cooldown:' + location.pathname + ':' + button.id + ':' + (mobile ? mobile.value.trim() : '');
};

/** localStorage, or null where a browser keeps none (then a countdown lasts as long as its page). */
SealDesk.storage = (function () {
    try {
        return window.localStorage;
    } catch (off) {
        return null;
    }
})();

SealDesk.remember = function (key, until) {
    if (SealDesk.storage) {
        SealDesk.storage.setItem(key, String(until));
    }
};

/** Picks up the cooldown of the number now typed: a page loaded again, a number changed, a form re-rendered. */
SealDesk.resumeCooldown = function (button) {
    if (SealDesk.storage) {
        var key = SealDesk.cooldownKey(button);
        var until = Number(SealDesk.storage.getItem(key)) || 0;
        if (until && until <= Date.now()) {
            SealDesk.storage.removeItem(key);
        }
        SealDesk.countDown(button, until);
    }
};

SealDesk.countDown = function (button, until) {
    var label = button.querySelector('.ui-button-text');
    if (!button.dataset.label) {
        button.dataset.label = label.textContent;
    }
    clearTimeout(button.sealdeskCooldown);
    var tick = function () {
        var left = Math.ceil((until - Date.now()) / 1000);
        button.disabled = left > 0;
        button.classList.toggle('ui-state-disabled', left > 0);
        label.textContent = button.dataset.label + (left > 0 ? ' (' + left + 's)' : '');
        if (left > 0) {
            button.sealdeskCooldown = setTimeout(tick, 1000);
        }
    };
    tick();
};

SealDesk.resumeCooldowns = function () {
    document.querySelectorAll('.sd-send-code').forEach(SealDesk.resumeCooldown);
};
/*
 * PrimeFaces disables a button while its request runs, and the browser then drops the focus to the page:
 * a keyboard user would start again from the top. It goes instead to the first field the answer marks wrong,
 * else to the SMS code after 获取验证码 (now counting down), else back to the button.
 */
SealDesk.pressed = null;
document.addEventListener('click', function (event) {
    SealDesk.pressed = event.target.closest ? event.target.closest('button') : null;
}, true);

/** The form's first field marked wrong, or described by an error message. */
SealDesk.wrongField = function (form) {
    var fields = form.querySelectorAll('input, select, textarea');
    for (var i = 0; i < fields.length; i++) {
        var described = (fields[i].getAttribute('aria-describedby') || '').split(' ').some(function (id) {
            var text = id && document.getElementById(id);
            return text && text.closest('.ui-message-error');
        });
        if (fields[i].getAttribute('aria-invalid') === 'true' || described) {
            return fields[i];
        }
    }
    return null;
};

SealDesk.restoreFocus = function (pressed, triesLeft) {
    // A form the answer re-rendered holds a new button of the same id.
    var button = pressed && pressed.id ? document.getElementById(pressed.id) : pressed;
    var active = document.activeElement;
    if (!button || !button.form || (active && active !== document.body && active !== button)) {
        return;
    }
    var field = SealDesk.wrongField(button.form);
    if (!field && button.classList.contains('sd-send-code') && button.disabled) {
        field = button.parentElement.querySelector('input');
    }
    if (field) {
        field.focus();
    } else if (active !== button) {
        // PrimeFaces enables the button again a moment after the answer is in.
        if (button.disabled && triesLeft > 0) {
            setTimeout(function () { SealDesk.restoreFocus(pressed, triesLeft - 1); }, 50);
        } else {
            button.focus();
        }
    }
};

document.addEventListener('DOMContentLoaded', function () {
    SealDesk.resumeCooldowns();
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            var pressed = SealDesk.pressed;
            SealDesk.pressed = null;
            SealDesk.resumeCooldowns();
            setTimeout(function () { SealDesk.restoreFocus(pressed, 40); }, 0);
        });
    }
});
document.addEventListener('input', function (event) {
    if (event.target.type === 'tel' && event.target.form) {
        event.target.form.querySelectorAll('.sd-send-code').forEach(SealDesk.resumeCooldown);
    }
});

/** 菜单 on a phone: opens and closes the menu; Escape closes it and gives the focus back to the button. */
SealDesk.toggleNav = function (button) {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.closest('.sd-nav').classList.toggle('sd-nav-open', open);
};
document.addEventListener('keydown', function (event) {
    var button = document.querySelector('.sd-nav-open .sd-nav-toggle');
    if (event.key === 'Escape' && button) {
        SealDesk.toggleNav(button);
        button.focus();
    }
});

/** The review screen's scan viewer: zoom and rotate the shown image. */
SealDesk.viewer = {
    scale: 1,
    angle: 0,
    apply: function () {
        var image = document.getElementById('scanImage');
        if (image) {
            image.style.transform = 'scale(' + this.scale + ') rotate(' + this.angle + 'deg)';
        }
    },
    zoom: function (factor) {
        this.scale = Math.min(5, Math.max(0.2, this.scale * factor));
        this.apply();
    },
    rotate: function () {
        this.angle = (this.angle + 90) % 360;
        this.apply();
    },
    reset: function () {
        this.scale = 1;
        this.angle = 0;
        this.apply();
    }
};

/*
 * 显示密码 is a switch that is on while the password shows. PrimeFaces marks it the other way round and
 * renames it on every press; screen readers then announce "隐藏密码, on" for a hidden password.
 */
if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Password) {
    (function (password) {
        var setupUnmasking = password.setupUnmasking;
        var toggleMask = password.toggleMask;
        var tellState = function (widget) {
            widget.icon.attr('aria-checked', String(widget.jq.attr('type') === 'text'))
                .attr('aria-label', widget.getAriaLabel('passwordShow', 'Show Password'));
        };
        password.setupUnmasking = function () {
            setupUnmasking.apply(this, arguments);
            tellState(this);
        };
        password.toggleMask = function () {
            toggleMask.apply(this, arguments);
            tellState(this);
        };
    })(PrimeFaces.widget.Password.prototype);
}
